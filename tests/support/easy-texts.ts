/** Every easy-Japanese text in a value (the plan, or part of it), with where it is: `plan.goals[0].title.jaEasy`. */
export function easyTexts(value: unknown, where: string, keys: readonly string[] = ['jaEasy'], found: { where: string; text: string }[] = []) {
  if (Array.isArray(value)) value.forEach((item, index) => easyTexts(item, `${where}[${index}]`, keys, found))
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && keys.includes(key)) found.push({ where: `${where}.${key}`, text: item })
      else easyTexts(item, `${where}.${key}`, keys, found)
    }
  }
  return found
}
