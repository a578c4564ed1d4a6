import { useState } from 'react';

/** An activity's id, or how to write it first and get its id (the after-call panel's, before its first save). */
export type ActivityToFollow = string | (() => Promise<string>);

/**
 * Follow-ups need their activity on the server: this writes it first when there is none yet, and says
 * while it is being written and when that failed.
 */
export function usePrepareActivity() {
  const [preparing, setPreparing] = useState<'writing' | 'failed' | null>(null);
  /** The activity's id; undefined when writing it failed (`preparing` is then 'failed'). */
  const idOf = async (activity: ActivityToFollow): Promise<string | undefined> => {
    try {
      setPreparing('writing');
      const id = typeof activity === 'string' ? activity : await activity();
      setPreparing(null);
      return id;
    } catch {
      setPreparing('failed');
      return undefined;
    }
  };
  return { preparing, idOf };
}
