// The peer the bench compares against, in the same process on the same texts: compromise's
// named-entity views (people, places, organisations), the nearest thing in JS to attest's entities.
export interface Peer {
  readonly name: string;
  /** Analyses one text; returns how many names it found. */
  analyze(text: string): number;
}

/** Loaded lazily so attest's peak memory is measured before compromise is in the process. */
export async function loadCompromise(): Promise<Peer> {
  const { default: nlp } = await import('compromise');
  return {
    name: `compromise ${nlp.version}`,
    analyze(text) {
      const doc = nlp(text);
      return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
    },
  };
}
