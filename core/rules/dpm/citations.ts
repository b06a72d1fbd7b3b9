// The sources every DPM certificate-requirement rule cites.
import type { Citation } from '../rule';

export const DPM_REQUIREMENTS: Citation[] = [
  { title: 'DPM Certificate Troubleshooting – Part 1: certificate requirements and certutil -store -v my', note: 'seed 000_22f6d6db6e464275.txt' },
  {
    title: 'Use certificates to authenticate computers in workgroups or untrusted domains (DPM 2012 R2)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/system-center/system-center-2012-R2/hh757942(v=sc.12)',
  },
];
