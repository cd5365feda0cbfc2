/**
 * Checks the schema cannot express: ids are unique across the plan, ids nest
 * (an initiative's id is its measure's and one more part), references resolve,
 * and a KPI's values agree with its kind.
 */
import type { Plan } from '../../schema/plan'
import { japaneseTextsOf } from '../../data/walk'

export interface IntegrityProblem {
  file: string
  message: string
}

export function findBrokenReferences(plan: Plan): IntegrityProblem[] {
  const problems: IntegrityProblem[] = []
  const seen = new Map<string, string>()
  const claim = (id: string, file: string, path: string) => {
    const earlier = seen.get(id)
    if (earlier !== undefined) {
      problems.push({ file, message: `at ${path}.id: expected a unique id, "${id}" is also used at ${earlier}` })
    } else {
      seen.set(id, `${file} ${path}`)
    }
  }
  // Ids nest one part a level (goal-1 › goal-1-m2 › goal-1-m2-b › goal-1-m2-b-k1): the app finds what holds an item from
  // its id alone (parentId in src/data/plan-parts.ts), e.g. the initiative whose part of the plan a KPI page loads.
  const expectPrefix = (id: string, parentId: string, file: string, path: string) => {
    if (!id.startsWith(`${parentId}-`) || id.slice(parentId.length + 1).includes('-')) {
      problems.push({ file, message: `at ${path}.id: expected "${parentId}-" and one more part, such as "${parentId}-a", got "${id}"` })
    }
  }

  const departmentIds = new Set<string>()
  plan.departments.forEach((department, index) => {
    claim(department.id, 'departments.json', `[${index}]`)
    departmentIds.add(department.id)
  })
  const usedDepartments = new Set<string>()

  for (const goal of plan.goals) {
    const file = `${goal.id}.json`
    claim(goal.id, file, '(root)')
    goal.measures.forEach((measure, m) => {
      const measurePath = `measures[${m}]`
      claim(measure.id, file, measurePath)
      expectPrefix(measure.id, goal.id, file, measurePath)
      measure.initiatives.forEach((initiative, i) => {
        const initiativePath = `${measurePath}.initiatives[${i}]`
        claim(initiative.id, file, initiativePath)
        expectPrefix(initiative.id, measure.id, file, initiativePath)
        initiative.actions.forEach((action, a) => {
          const actionPath = `${initiativePath}.actions[${a}]`
          claim(action.id, file, actionPath)
          expectPrefix(action.id, initiative.id, file, actionPath)
          action.departments.forEach((departmentId, d) => {
            usedDepartments.add(departmentId)
            if (!departmentIds.has(departmentId)) {
              problems.push({
                file,
                message: `at ${actionPath}.departments[${d}]: expected an id from departments.json, got "${departmentId}"`,
              })
            }
          })
        })
        initiative.kpis.forEach((kpi, k) => {
          const kpiPath = `${initiativePath}.kpis[${k}]`
          claim(kpi.id, file, kpiPath)
          expectPrefix(kpi.id, initiative.id, file, kpiPath)
        })
        const sdgs = initiative.sdgs.map((tag) => tag.goal)
        if (new Set(sdgs).size !== sdgs.length) {
          problems.push({ file, message: `at ${initiativePath}.sdgs: expected each SDG at most once, got ${sdgs.join(', ')}` })
        }
      })
    })
  }

  const planJapanese = japaneseTextsOf({ meta: plan.meta, goals: plan.goals }).join('\n')
  plan.glossary.forEach((term, index) => {
    claim(term.id, 'glossary.json', `[${index}]`)
    term.matches.forEach((match, m) => {
      if (!planJapanese.includes(match)) {
        problems.push({
          file: 'glossary.json',
          message: `at [${index}].matches[${m}]: expected a phrase that occurs in the plan's Japanese text, "${match}" does not`,
        })
      }
    })
  })

  plan.departments.forEach((department, index) => {
    if (!usedDepartments.has(department.id)) {
      problems.push({
        file: 'departments.json',
        message: `at [${index}]: expected every department to be responsible for an action, "${department.id}" is for none`,
      })
    }
  })
  return problems
}
