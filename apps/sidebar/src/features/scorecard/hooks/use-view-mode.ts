import { useState } from 'react';

export type ViewMode = 'card' | 'list';

const STORAGE_KEY = 'c360.scorecard.view';

// Storage access throws when the embedding browser blocks it; the tab then just forgets the choice.
function readViewMode(): ViewMode {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'list' ? 'list' : 'card';
  } catch {
    return 'card';
  }
}

/** Card or list view of the measures, remembered across visits. */
export function useViewMode(): [ViewMode, (mode: ViewMode) => void] {
  const [mode, setMode] = useState<ViewMode>(readViewMode);
  const choose = (next: ViewMode) => {
    setMode(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Remembered for this visit only.
    }
  };
  return [mode, choose];
}
