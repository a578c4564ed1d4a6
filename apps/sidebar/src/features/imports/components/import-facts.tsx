import { Fragment } from 'react';

/** Counts as label and number, in the screen's list of facts. */
export function ImportFacts({ facts }: { facts: ReadonlyArray<readonly [label: string, value: number]> }) {
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
