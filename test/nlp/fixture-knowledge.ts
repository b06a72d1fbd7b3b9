// A small hand-built knowledge graph for the language tests: causes from the five source scenarios
// (DPM certificate protection, ConfigMgr machine keys, NDES policy module, SCEP, Windows Server
// 2012 store hygiene) with English and German texts, their symptoms, components and one flow.
// Built directly as a Knowledge object so these tests do not depend on the shipped YAML, which other
// engineers are editing concurrently.

import { emptyKnowledge, type Knowledge } from '../../knowledge/graph';
import type { GermanText } from '../../knowledge/schema';

interface CauseSpec {
  id: string;
  title: string;
  summary: string;
  explanation?: string;
  affects: string[];
  questions: string[];
  keywords?: string[];
  symptoms?: string[];
  de?: GermanText;
}

const COMPONENTS: [id: string, title: string, aliases: string[]][] = [
  ['dpm', 'System Center Data Protection Manager', ['DPM', 'Data Protection Manager']],
  ['dpmra', 'DPM protection agent (DPMRA)', ['DPMRA', 'protection agent']],
  ['configmgr', 'Configuration Manager', ['ConfigMgr', 'SCCM', 'SMS']],
  ['ndes', 'Network Device Enrollment Service', ['NDES']],
  ['iis', 'Internet Information Services', ['IIS', 'W3SVC']],
  ['lync', 'Lync / Skype for Business Server', ['Lync', 'Skype for Business', 'front end', 'frontend']],
  ['schannel', 'Schannel (TLS)', ['Schannel', 'TLS', 'SSL']],
  ['store.root', 'Trusted Root Certification Authorities store', ['Root store', 'trusted root']],
  ['crp', 'Certificate Registration Point', ['CRP']],
];

const CAUSES: CauseSpec[] = [
  {
    id: 'dpm.cert-not-in-machine-store',
    title: 'The DPM certificate is not in the Local Computer Personal store',
    summary: 'Set-DPMCredentials looks for the thumbprint only in Cert:\\LocalMachine\\My; a certificate in the user store is not found.',
    affects: ['dpm', 'dpmra'],
    keywords: ['33231', 'personal machine store'],
    symptoms: ['DPM error 33231: unable to find certificate with the thumbprint'],
    questions: [
      'why is Set-DPMCredentials failing',
      'Set-DPMCredentials says it cannot find the certificate with my thumbprint',
      'DPM cannot find the certificate I imported into my user store',
      'where must the certificate for DPM agent authentication be stored',
    ],
    de: {
      title: 'Das Zertifikat liegt nicht im Speicher „Eigene Zertifikate“ des Computers',
      questions: [
        'Set-DPMCredentials findet das Zertifikat nicht',
        'In welchem Speicher muss das DPM Zertifikat liegen?',
        'warum meldet DPM Fehler 33231',
      ],
    },
  },
  {
    id: 'dpm.thumbprint-format',
    title: 'The thumbprint passed to Set-DPMCredentials is malformed (spaces, hidden characters, wrong length)',
    summary: 'A thumbprint copied from the certificate dialog carries spaces or an invisible left-to-right mark, or lost a digit.',
    affects: ['dpm'],
    keywords: ['thumbprint', 'invisible character', 'U+200E'],
    questions: [
      'I copied the thumbprint from the certificate details and Set-DPMCredentials rejects it',
      'does the thumbprint need to be without spaces',
      'why does a copied thumbprint contain a hidden character',
      'my thumbprint only has 39 characters',
    ],
    de: {
      title: 'Der Fingerabdruck enthält Leerzeichen oder unsichtbare Zeichen',
      questions: ['Der kopierte Fingerabdruck wird von Set-DPMCredentials abgelehnt', 'Darf der Fingerabdruck Leerzeichen enthalten?'],
    },
  },
  {
    id: 'dpm.firewall-6076-missing',
    title: 'Port 6076 is closed: setdpmserver did not create the firewall rule because the firewall was off',
    summary: 'Certificate-based protection needs TCP 6076 from the DPM server to the protected server; setdpmserver only adds the rule when the firewall is on.',
    affects: ['dpm', 'dpmra'],
    keywords: ['6076', 'firewall rule', 'setdpmserver'],
    questions: [
      'Which port does DPM certificate based protection need through the firewall',
      'DPM stopped protecting the workgroup server after we turned the Windows firewall back on',
      'what firewall rule does setdpmserver create',
      'DPM agent unreachable on port 6076',
    ],
    de: {
      title: 'Port 6076 ist gesperrt: setdpmserver hat keine Firewallregel angelegt',
      questions: ['Welchen Port braucht DPM für die zertifikatbasierte Sicherung?', 'Nach dem Einschalten der Firewall funktioniert der DPM Schutz nicht mehr'],
    },
  },
  {
    id: 'dpm.cpwrapper-not-restarted',
    title: 'The DPM CPWrapper service still holds the old certificate',
    summary: 'After replacing the certificate or its registry key the DPM CPWrapper service must be restarted.',
    affects: ['dpm'],
    keywords: ['CPWrapper', 'restart service'],
    questions: [
      'which service must I restart after replacing the DPM certificate',
      'certificate protection still fails after I restored the registry key',
      'do I need to restart CPWrapper',
    ],
  },
  {
    id: 'dpm.root-not-trusted',
    title: "The protected server does not trust the DPM server certificate's root CA",
    summary: "Attach-ProductionServerWithCertificate fails when the issuing root CA is not in the protected server's Trusted Root store.",
    affects: ['dpm', 'dpmra', 'store.root'],
    keywords: ['Attach-ProductionServerWithCertificate', 'DPMRACurr.errlog'],
    questions: [
      'Attach-ProductionServerWithCertificate fails with a trust error',
      'DPMRACurr.errlog says the DPM certificate chain is not trusted',
      'do I have to import the root CA on the workgroup server',
    ],
  },
  {
    id: 'dpm.bin-file-path',
    title: 'The certificate configuration .bin file was passed without its full path',
    summary: 'Attach-ProductionServerWithCertificate.ps1 needs the full path of CertificateConfiguration_<server>.bin.',
    affects: ['dpm'],
    keywords: ['bin file', 'CertificateConfiguration'],
    questions: [
      'Attach-ProductionServerWithCertificate.ps1 cannot find my bin file',
      'where is the CertificateConfiguration bin file written',
      'the script says the .bin file does not exist although it is there',
    ],
  },
  {
    id: 'sms.machinekeys-permissions',
    title: 'The SMS/ConfigMgr machine key in the MachineKeys folder is missing or unreadable',
    summary: 'CryptoAPI cannot open the site signing key: NTE_NO_KEY (0x8009000d); messages are discarded.',
    affects: ['configmgr'],
    keywords: ['0x8009000d', 'NTE_NO_KEY', 'MachineKeys', 'RSA key container'],
    symptoms: ['Endpoint message will be discarded (0x8009000d)'],
    questions: [
      'hardware inventory messages are discarded with 0x8009000d',
      'what does keyset does not exist mean on the management point',
      'the MachineKeys folder permissions were changed and SMS stopped working',
      'how do I recover the SMS key container from the MachineKeys folder',
    ],
    de: {
      title: 'Der Computerschlüssel im Ordner MachineKeys fehlt oder ist nicht lesbar',
      questions: ['Inventur wird mit 0x8009000d verworfen', 'Die Berechtigungen auf dem Ordner MachineKeys wurden geändert'],
    },
  },
  {
    id: 'sms.trusted-root-key-changed',
    title: 'Both the trusted root key and the MP certificate changed: the client rejects the management point',
    summary: 'The client cannot validate the management point; reset its trusted root key with RESETKEYINFORMATION or the WMI TrustedRootKey.',
    affects: ['configmgr'],
    keywords: ['trusted root key', 'RESETKEYINFORMATION', 'TrustedRootKey'],
    questions: [
      'both the trusted key and the mp certificate have changed',
      'how do I reset the trusted root key on a ConfigMgr client',
      'the client cannot validate the authentication information of the management point',
    ],
  },
  {
    id: 'iis.machinekeys-token-1008',
    title: 'IIS does not start: error 1008 because its machine key is lost',
    summary: 'The WWW Publishing Service fails with error 1008 when the IIS key container in MachineKeys is damaged.',
    affects: ['iis'],
    keywords: ['1008', 'WWW Publishing Service', 'metabase'],
    questions: [
      'Could not start the WWW Publishing Service error 1008',
      'IIS fails to start with an attempt was made to reference a token that does not exist',
      'W3SVC will not start after the MachineKeys folder was cleaned up',
    ],
    de: {
      title: 'IIS startet nicht: Fehler 1008, der Computerschlüssel fehlt',
      questions: ['Der WWW-Publishingdienst startet nicht mit Fehler 1008', 'IIS startet nicht mehr nach dem Aufräumen von MachineKeys'],
    },
  },
  {
    id: 'ndes.old-thumbprint-in-registry',
    title: 'The NDES policy module still uses the old client authentication certificate',
    summary: 'After the certificate was renewed, NDESCertThumbprint in the registry still names the old thumbprint; update it and restart IIS.',
    affects: ['ndes', 'iis'],
    keywords: ['NDESCertThumbprint', 'policy module', 'renewed certificate'],
    symptoms: ['CAPI2 event 11: the old certificate could not be found', 'NDESPlugin.log cannot find the client authentication certificate'],
    questions: [
      'the NDES policy module keeps using the old certificate after renewal',
      'where do I set the new thumbprint for the ConfigMgr policy module',
      'NDESPlugin.log says it cannot find the client certificate after auto renewal',
      'what do I do after the NDES client authentication certificate was renewed',
    ],
    de: {
      title: 'Das NDES-Richtlinienmodul verwendet noch das alte Zertifikat',
      questions: ['Nach der Erneuerung des Zertifikats benutzt NDES noch den alten Fingerabdruck', 'Wo trage ich den neuen Fingerabdruck für das Richtlinienmodul ein?'],
    },
  },
  {
    id: 'scep.crp-validation-failed',
    title: 'The Certificate Registration Point rejects the SCEP challenge',
    summary: 'CRP.log shows the challenge validation failing, so NDES returns an error to the device.',
    affects: ['crp', 'ndes'],
    keywords: ['CRP.log', 'challenge', 'validation'],
    questions: [
      'CRP.log shows the challenge verification failed',
      'where is the CRP.log of the certificate registration point',
      'the certificate registration point rejects requests from NDES',
    ],
  },
  {
    id: 'scep.request-too-large',
    title: 'IIS request filtering rejects the long SCEP GET request',
    summary: 'SCEP PKIOperation requests exceed the default maxUrl and maxQueryString limits and IIS answers 404.14/404.15.',
    affects: ['ndes', 'iis'],
    keywords: ['maxQueryString', 'maxUrl', '404.15'],
    questions: [
      'NDES returns 404.15 for the PKIOperation request',
      'which IIS request limits do I raise for SCEP',
      'the query string of the SCEP request is too long',
    ],
  },
  {
    id: 'tls.non-root-in-root-store',
    title: 'Non-self-signed certificates in the Trusted Root store break TLS client authentication (Windows Server 2012)',
    summary: 'Windows Server 2012 rejects client authentication when the Root store holds intermediate certificates (KB 2795828).',
    affects: ['lync', 'schannel', 'store.root'],
    keywords: ['KB2795828', 'self-signed', 'intermediate in root store', 'ClientAuthTrustMode'],
    symptoms: ['Lync front end services do not start', 'Edge CMS replication fails'],
    questions: [
      'Lync 2013 front end services will not start on Windows Server 2012',
      'Edge server CMS replication stopped after the upgrade to Server 2012',
      'how do I find intermediate certificates in the trusted root store',
      'Skype for Business front end fails to sync data for routing group',
    ],
    de: {
      title: 'Nicht selbstsignierte Zertifikate im Speicher „Vertrauenswürdige Stammzertifizierungsstellen“',
      summary: 'Windows Server 2012 lehnt die Clientauthentifizierung ab, wenn Zwischenzertifikate im Stammspeicher liegen.',
      questions: [
        'warum startet der Lync 2013 Frontend nicht',
        'Lync Frontend Dienste starten nicht auf Windows Server 2012',
        'Die CMS Replikation zum Edge Server funktioniert nicht mehr',
      ],
    },
  },
  {
    id: 'tls.too-many-roots',
    title: 'The trusted issuer list is too long: more than about 120 root certificates',
    summary: 'Schannel sends the list of trusted issuers in the handshake; with too many roots it is truncated and client authentication fails.',
    affects: ['schannel', 'store.root'],
    keywords: ['SendTrustedIssuerList', 'trusted issuer list', '120 roots'],
    questions: [
      'TLS client authentication fails and the root store has 300 certificates',
      'what is SendTrustedIssuerList for',
      'is there a limit on the number of trusted root certificates',
    ],
    de: {
      title: 'Die Liste vertrauenswürdiger Aussteller ist zu lang',
      questions: ['Die Clientauthentifizierung schlägt fehl, im Stammspeicher liegen 300 Zertifikate', 'Gibt es eine Grenze für die Anzahl der Stammzertifikate?'],
    },
  },
  {
    id: 'tls.cert-without-key-in-my',
    title: 'Certificates without a private key in the computer Personal store',
    summary: 'A server certificate in LocalMachine\\My without its private key cannot be used for TLS; Schannel picks nothing.',
    affects: ['schannel'],
    keywords: ['HasPrivateKey', 'private key missing'],
    questions: [
      'the server certificate shows no private key',
      'HasPrivateKey is false for my certificate',
      'Schannel cannot use the certificate because the key is missing',
    ],
    de: {
      title: 'Zertifikate ohne privaten Schlüssel im persönlichen Speicher',
      questions: ['Das Zertifikat hat keinen privaten Schlüssel', 'Der Schlüssel des Serverzertifikats fehlt'],
    },
  },
  {
    id: 'cert.expired',
    title: 'A certificate in the chain is expired (CERT_E_EXPIRED, 0x800B0101)',
    summary: 'A required certificate is not within its validity period; renew it.',
    affects: ['schannel'],
    keywords: ['0x800B0101', 'CERT_E_EXPIRED', 'validity period'],
    questions: [
      'what does 0x800B0101 mean',
      'a required certificate is not within its validity period',
      'how do I find which certificate in the chain has expired',
    ],
    de: {
      title: 'Ein Zertifikat der Kette ist abgelaufen',
      questions: ['Was bedeutet Fehler 0x800B0101?', 'Ein erforderliches Zertifikat befindet sich nicht innerhalb seiner Gültigkeitsdauer'],
    },
  },
];

/** The fixture graph: a new object each call, so WeakMap caching can be observed. */
export function fixtureKnowledge(): Knowledge {
  const k = emptyKnowledge();
  const at = { area: 'fixture', file: 'test/nlp/fixture-knowledge.ts' };
  for (const [id, title, aliases] of COMPONENTS) k.components.set(id, { id, title, kind: 'product', aliases, ...at });
  for (const spec of CAUSES) {
    k.causes.set(spec.id, {
      id: spec.id,
      title: spec.title,
      summary: spec.summary,
      explanation: spec.explanation ?? spec.summary,
      affects: spec.affects,
      remediation: [],
      verify: [],
      sources: [],
      questions: spec.questions,
      keywords: spec.keywords,
      de: spec.de,
      ...at,
    });
    (spec.symptoms ?? []).forEach((title, i) => {
      const id = `${spec.id}.symptom-${i}`;
      k.symptoms.set(id, { id, title, kind: 'message', match: {}, indicates: [{ cause: spec.id, weight: 0.8 }], ...at });
      k.symptomsOfCause.set(spec.id, [...(k.symptomsOfCause.get(spec.id) ?? []), { symptom: id, weight: 0.8 }]);
    });
  }
  k.flows.set('scep', {
    id: 'scep',
    title: 'Guided SCEP enrollment troubleshooting, hop by hop',
    aliases: ['guide scep', 'troubleshoot SCEP enrollment', 'trace a SCEP request end to end'],
    summary: 'Walks a SCEP certificate request from the device through WAP, NDES, the CRP and the CA, asking for each log.',
    steps: [],
    sources: [],
    de: { title: 'Geführte Fehlersuche für die SCEP-Registrierung' },
    ...at,
  });
  return k;
}
