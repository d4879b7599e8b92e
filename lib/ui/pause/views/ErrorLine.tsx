interface Props {
  error: string | undefined;
}

/** Why the last step failed, announced at once; nothing while all is well. */
export function ErrorLine({ error }: Props) {
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {error}
    </p>
  );
}
