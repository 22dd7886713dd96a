/** The fields the SIGKILL drill changes on every save, derived from a marker so a file can be checked against it. */
export function drillContent(marker: string, descriptionLength: number): { title: string; description: string } {
  const unit = `${marker}|`;
  return {
    title: `Drill ${marker}`,
    description: unit.repeat(Math.ceil(descriptionLength / unit.length)).slice(0, descriptionLength),
  };
}
