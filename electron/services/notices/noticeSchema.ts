export async function schemaProblems(_xml: string): Promise<string | undefined> { return undefined; }
