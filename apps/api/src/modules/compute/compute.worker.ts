import { ComputeTask, runTask, TaskArgs } from './compute-tasks';

/** The entry of each worker thread of the compute pool (piscina calls the default export). */
export default function computeWorker<K extends ComputeTask>({
  task,
  args,
}: {
  task: K;
  args: TaskArgs<K>;
}) {
  return runTask(task, args);
}
