/**
 * The team planner's answer, from content only: a hiring stage's build order, each role's
 * place in the chosen team model, the next stage's first hires, and the roles that belong to
 * later stages.
 */

interface StageIn {
  id: string;
  data: { title: string; order: number; hireOrder: { role: string; why: string }[] };
}
interface RoleIn {
  id: string;
  data: { title: string; summary: string; hiringStage: string; teamModels: { model: string; placement: string }[] };
}
interface ModelIn {
  id: string;
  data: { title: string; teamSize?: { min?: number | undefined; max?: number | undefined; source: string } | undefined };
}

export interface PlannedRole {
  id: string;
  title: string;
  why: string;
  /** Where the role sits in the chosen model, if its page says. */
  placement?: string;
}

export interface Plan {
  stage: { id: string; title: string };
  model: { id: string; title: string };
  /** Roles to hire now, in order. */
  hire: PlannedRole[];
  /** Roles the earlier stages hired, which this plan assumes are in place. */
  inPlace: { id: string; title: string }[];
  /** The next stage and its first hires, if there is a next stage. */
  next?: { stage: { id: string; title: string }; roles: PlannedRole[] };
  /** Roles first hired at a later stage: they can wait. */
  skip: { id: string; title: string; stage: { id: string; title: string } }[];
}

export function planTeam(stageId: string, modelId: string, input: { stages: readonly StageIn[]; roles: readonly RoleIn[]; models: readonly ModelIn[] }): Plan {
  const stages = [...input.stages].sort((a, b) => a.data.order - b.data.order);
  const at = stages.findIndex((s) => s.id === stageId);
  const stage = stages[at];
  const model = input.models.find((m) => m.id === modelId);
  if (!stage || !model) throw new Error(`No plan for stage "${stageId}" and model "${modelId}"`);
  const roles = new Map(input.roles.map((r) => [r.id, r]));
  const planned = (h: { role: string; why: string }): PlannedRole => {
    const role = roles.get(h.role);
    const placement = role?.data.teamModels.find((t) => t.model === modelId)?.placement;
    return { id: h.role, title: role?.data.title ?? h.role, why: h.why, ...(placement ? { placement } : {}) };
  };
  const hire = stage.data.hireOrder.map(planned);
  const hiredNow = new Set(hire.map((h) => h.id));
  const earlier = stages.slice(0, at).flatMap((s) => s.data.hireOrder.map((h) => h.role));
  const inPlace = [...new Set(earlier)].filter((id) => !hiredNow.has(id) && roles.has(id)).map((id) => ({ id, title: roles.get(id)!.data.title }));
  const nextStage = stages[at + 1];
  const laterStages = new Map(stages.slice(at + 1).map((s) => [s.id, s]));
  const skip = input.roles
    .filter((r) => laterStages.has(r.data.hiringStage) && !hiredNow.has(r.id) && !earlier.includes(r.id))
    .map((r) => ({ id: r.id, title: r.data.title, stage: { id: r.data.hiringStage, title: laterStages.get(r.data.hiringStage)!.data.title } }))
    .sort((a, b) => a.title.localeCompare(b.title));
  return {
    stage: { id: stage.id, title: stage.data.title },
    model: { id: model.id, title: model.data.title },
    hire,
    inPlace,
    ...(nextStage ? { next: { stage: { id: nextStage.id, title: nextStage.data.title }, roles: nextStage.data.hireOrder.slice(0, 3).map(planned) } } : {}),
    skip,
  };
}
