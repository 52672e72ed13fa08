// markdownlint-cli2 ships JavaScript without declarations: the part of its API the changeset lint
// uses (its `main`, which the command line runs; see the package's README, "API").
declare module 'markdownlint-cli2' {
  export function main(params: {
    readonly directory?: string;
    readonly argv?: readonly string[];
    readonly logMessage?: (message: string) => void;
    readonly logError?: (message: string) => void;
  }): Promise<number>;
}
