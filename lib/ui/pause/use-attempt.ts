import { useState } from 'preact/hooks';

/** One background step at a time: busy while it runs, and why it failed if it did. */
export interface Attempt {
  busy: boolean;
  error: string | undefined;
  /** Runs the step with the card busy; on failure the card says why (in the words failed gives) and stays where it is. */
  run: (step: () => Promise<void>, failed: (err: unknown) => string) => Promise<void>;
  /** Neither busy nor failed (a fresh opening of the card). */
  reset: () => void;
}

/** The busy flag and error line shared by the card's saving, scheduling and resting steps. */
export function useAttempt(): Attempt {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  return {
    busy,
    error,
    run: async (step, failed) => {
      setBusy(true);
      setError(undefined);
      try {
        await step();
      } catch (err) {
        setError(failed(err));
      } finally {
        setBusy(false);
      }
    },
    reset: () => {
      setError(undefined);
      setBusy(false);
    },
  };
}
