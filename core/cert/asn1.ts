// The schema classes the reader still uses for containers (PKCS#7). Certificates themselves are
// walked by hand (der-walk.ts, der-extensions.ts): the schema parser is ~10× slower on them.
export { ContentInfo, SignedData, id_signedData } from '@peculiar/asn1-cms';
