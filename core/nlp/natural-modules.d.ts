// Types for the `natural` submodules CertSleuth imports. `natural` ships typings only for its
// index (which loads every backend and takes ~0.5 s), so the files we load directly are declared here.

declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const stemmer: { stem(word: string): string };
  export = stemmer;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer_de' {
  const stemmer: { stem(word: string): string };
  export = stemmer;
}
