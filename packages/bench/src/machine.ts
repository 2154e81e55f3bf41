import { cpus, freemem, loadavg, totalmem } from 'node:os';
import type { MachineInfo } from './types.ts';

/** The machine this run is on: CPU model, cores, Node version, memory and load. */
export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model ?? 'unknown',
    cores: list.length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    totalMemGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemGb: Math.round((freemem() / 2 ** 30) * 10) / 10,
    loadAvg: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
