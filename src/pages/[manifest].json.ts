import type { APIRoute, GetStaticPaths } from 'astro';
import isBuild from 'virtual:handbook/build';
import { ROLE_FILES_MANIFEST, roleFiles } from '@/data/role-files.ts';

// Built only: the handbook's build hook writes each role's data, job description and compare
// record from this one file and removes it (see src/data/role-files.ts). The authoring server
// serves those files from their own routes.
export const getStaticPaths = (() => (isBuild ? [{ params: { manifest: ROLE_FILES_MANIFEST } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => Response.json(await roleFiles(site!));
