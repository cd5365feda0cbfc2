/** The command lines of the two results scripts: a sheet file and --name=value options. */

export interface CliArguments {
  file: string | undefined
  options: Map<string, string>
  unknown: string[]
}

export function readCliArguments(argv: readonly string[], known: readonly string[]): CliArguments {
  const options = new Map<string, string>()
  const unknown: string[] = []
  let file: string | undefined
  for (const argument of argv) {
    const option = /^--([a-z-]+)=(.*)$/u.exec(argument)
    if (option && known.includes(option[1] ?? '')) options.set(option[1] ?? '', option[2] ?? '')
    else if (!argument.startsWith('--') && file === undefined) file = argument
    else unknown.push(argument)
  }
  return { file, options, unknown }
}
