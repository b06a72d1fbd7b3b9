// Sources the store-hygiene rules cite.
import type { Citation } from '../rule';

export const STORE_SEED: Citation = { title: 'Windows 2012 und TLS – PowerShell checks per store (msxfaq)', note: 'seed 004_42f560116183757a.txt' };
export const KB_2795828: Citation = { title: 'Lync Server 2013 Front-End service cannot start in Windows Server 2012', url: 'https://support.microsoft.com/en-us/kb/2795828', note: 'KB 2795828' };
export const UCLOBBY_CHECKS: Citation = {
  title: 'Checks to do in the Lync/Skype4B certificate store',
  url: 'https://blogs.technet.microsoft.com/uclobby/2015/06/19/checks-to-do-in-the-lyncskype4b-certificate-store/',
};
export const KB_2464556: Citation = { title: 'TLS client authentication fails between UC peers (trusted issuer list, event 36885)', url: 'https://support.microsoft.com/en-us/help/2464556', note: 'KB 2464556' };
