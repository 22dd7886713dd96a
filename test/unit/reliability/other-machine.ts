/**
 * Imported first by a drill child: with TEAM_DRILL_HOSTNAME set, the child reports that host name,
 * so the workspace sees it as an instance on another computer (its identity, and anything the
 * services derive from the host name) while it runs on this one. That is how a drill exercises
 * what a colleague's machine would: a lock whose holder's process cannot be checked from here.
 */
import os from 'node:os';
import { syncBuiltinESMExports } from 'node:module';

const name = process.env.TEAM_DRILL_HOSTNAME;
if (name) {
  os.hostname = () => name;
  // Named imports of node:os (ES modules, as under tsx) see the change too.
  syncBuiltinESMExports();
}
