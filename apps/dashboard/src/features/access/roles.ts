import type { Role } from '@esm-planner/dashboard-data-access-graphql';
import { ROLE_LABELS } from '@esm-planner/shared-util-format';

// The shared dictionary, checked against the API's enum.
const LABELS: Readonly<Record<Role, string>> = ROLE_LABELS;

/**
 * Whether to offer creating and editing departments. `myRole` is null for
 * the instance administrator, who acts as ADMIN everywhere; undefined means
 * the role is not loaded yet, so nothing is offered. The API decides in the
 * end: this only hides forms that would be refused.
 */
export function canManageDepartments(myRole: Role | null | undefined): boolean {
  return myRole === null || myRole === 'ADMIN' || myRole === 'COE';
}

export function roleLabel(myRole: Role | null): string {
  return myRole === null ? 'Instance administrator' : LABELS[myRole];
}

/**
 * Whether to offer starting an import: administrators, the CoE and
 * department heads (for their own departments; the API checks which).
 */
export function canImport(myRole: Role | null | undefined): boolean {
  return (
    myRole === null ||
    myRole === 'ADMIN' ||
    myRole === 'COE' ||
    myRole === 'DEPARTMENT_HEAD'
  );
}

/**
 * Whether to offer the CoE's own writes: maturity assessments, CoE roles,
 * programme governance, and accepting or declining enhancement requests
 * (COE and administrators).
 */
export function isCoeOrAdmin(myRole: Role | null | undefined): boolean {
  return myRole === null || myRole === 'ADMIN' || myRole === 'COE';
}

/** Whether to offer creating plans and moving them through their gates (COE, ADMIN). */
export function canWriteRolloutPlans(myRole: Role | null | undefined): boolean {
  return myRole === null || myRole === 'ADMIN' || myRole === 'COE';
}

/**
 * Whether to offer editing a catalogue or filing an enhancement request:
 * also department heads, for their own departments (the API checks which).
 */
export function canEditCatalogue(myRole: Role | null | undefined): boolean {
  return canImport(myRole);
}

/**
 * Whether to offer ticking and editing plan tasks: also a department head,
 * who only ever sees their own departments' plans (the API checks that).
 */
export function canEditRolloutTasks(myRole: Role | null | undefined): boolean {
  return canWriteRolloutPlans(myRole) || myRole === 'DEPARTMENT_HEAD';
}

/** Whether to offer saving the roadmap's order, capacity and thresholds (COE, ADMIN). */
export function canWriteRoadmap(myRole: Role | null | undefined): boolean {
  return myRole === null || myRole === 'ADMIN' || myRole === 'COE';
}
