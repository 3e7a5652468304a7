import { MigrationInterface, QueryRunner } from 'typeorm';

// Child table, its reference column, and the parent it names: after this
// migration the pair (organization_id, reference) must be the parent's key.
const CHILD_REFERENCES: [string, string, string][] = [
  ['audit', 'department_id', 'department'],
  ['audit_row', 'audit_id', 'audit'],
  ['business_case_version', 'business_case_id', 'business_case'],
  ['catalog_item', 'department_id', 'department'],
  ['department_benchmark', 'department_id', 'department'],
  ['enhancement_request', 'department_id', 'department'],
  ['maturity_assessment', 'department_id', 'department'],
  ['membership_department', 'membership_id', 'membership'],
  ['membership_department', 'department_id', 'department'],
  ['rollout_plan', 'department_id', 'department'],
  ['rollout_task', 'plan_id', 'rollout_plan'],
  ['weekly_metric', 'department_id', 'department'],
];

/**
 * Primary keys become (organization_id, id) and the foreign keys between
 * organisation tables (organization_id, parent_id), so that Citus can
 * distribute every organisation table by organization_id (docs/scaling.md).
 * Every table already holds organization_id, so no row moves: only keys and
 * their indexes are rebuilt (request_fact's primary key index included), and
 * tables found by a client-named id get an index on id.
 * A row whose organisation differs from its parent's would break the new
 * foreign key; the migration stops first and names the rows' table.
 */
export class Migration1796302415606 implements MigrationInterface {
  name = 'Migration1796302415606';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [child, reference, parent] of CHILD_REFERENCES) {
      const [{ rows }] = await queryRunner.query(
        `SELECT count(*)::int AS rows FROM "${child}" c JOIN "${parent}" p ON p.id = c."${reference}" WHERE p.organization_id <> c.organization_id`,
      );
      if (rows > 0) throw new Error(`${rows} rows of ${child} belong to another organisation than their ${parent} (${reference}); fix them before this migration`);
    }
    await queryRunner.query(`ALTER TABLE "audit" DROP CONSTRAINT "FK_bcc8056d53b5553538d0d71621c"`);
    await queryRunner.query(`ALTER TABLE "audit_row" DROP CONSTRAINT "FK_14d179c9f385054378d2c9f3b88"`);
    await queryRunner.query(`ALTER TABLE "business_case_version" DROP CONSTRAINT "FK_d784a2bbd244cf2c3aecb93925c"`);
    await queryRunner.query(`ALTER TABLE "catalog_item" DROP CONSTRAINT "FK_0ab6b0964f84fb9cbe5b421a8b3"`);
    await queryRunner.query(`ALTER TABLE "department_benchmark" DROP CONSTRAINT "FK_0ac6878571c45c933d9d399ba03"`);
    await queryRunner.query(`ALTER TABLE "enhancement_request" DROP CONSTRAINT "FK_356aae647639126c72b09d4a64e"`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" DROP CONSTRAINT "FK_4aad3fcc472fd75ff6d963eb31d"`);
    await queryRunner.query(`ALTER TABLE "membership_department" DROP CONSTRAINT "FK_283cf57c9918460468f6381434a"`);
    await queryRunner.query(`ALTER TABLE "membership_department" DROP CONSTRAINT "FK_0a67a16eb4fef5cc2ac10863bf5"`);
    await queryRunner.query(`ALTER TABLE "rollout_plan" DROP CONSTRAINT "FK_bff1d486cf710127d4b9aeacb46"`);
    await queryRunner.query(`ALTER TABLE "rollout_task" DROP CONSTRAINT "FK_09a6decaffe8342e2d25f3c0d5c"`);
    await queryRunner.query(`ALTER TABLE "weekly_metric" DROP CONSTRAINT "FK_0e62a6ebb5c35660a3d63d79ef8"`);
    await queryRunner.query(`DROP INDEX "public"."membership_department_organization_idx"`);
    await queryRunner.query(`ALTER TABLE "department" DROP CONSTRAINT "PK_9a2213262c1593bffb581e382f5"`);
    await queryRunner.query(`ALTER TABLE "department" ADD CONSTRAINT "PK_499d52e0194344160a920495551" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "audit" DROP CONSTRAINT "PK_1d3d120ddaf7bc9b1ed68ed463a"`);
    await queryRunner.query(`ALTER TABLE "audit" ADD CONSTRAINT "PK_2ea2ec86e79e911731b4000f0ae" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "audit_row" DROP CONSTRAINT "PK_97e20816f95570bd32649e031df"`);
    await queryRunner.query(`ALTER TABLE "audit_row" ADD CONSTRAINT "PK_ef503cd73a253f7026677933dcd" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "business_case" DROP CONSTRAINT "PK_2ee763423fef356f27140f97a30"`);
    await queryRunner.query(`ALTER TABLE "business_case" ADD CONSTRAINT "PK_465d789154b420c0741f568e218" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "business_case_version" DROP CONSTRAINT "PK_7a29e6468947d3dddd9ff25ddcb"`);
    await queryRunner.query(`ALTER TABLE "business_case_version" ADD CONSTRAINT "PK_77e90a00468438d03d1227857e5" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "catalog_item" DROP CONSTRAINT "PK_8996a1f608499554f35bec8601e"`);
    await queryRunner.query(`ALTER TABLE "catalog_item" ADD CONSTRAINT "PK_a85201485f1fc01b7cd4377c067" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "coe_assignment" DROP CONSTRAINT "PK_480369cd376c0803a93c1a20cb0"`);
    await queryRunner.query(`ALTER TABLE "coe_assignment" ADD CONSTRAINT "PK_45e081d035604809cfba79b3b37" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "column_mapping" DROP CONSTRAINT "PK_b4728d0131f8c013b5cde186083"`);
    await queryRunner.query(`ALTER TABLE "column_mapping" ADD CONSTRAINT "PK_2de63c2fe5ec119f46d76f53528" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "rollup_rebuild_job" DROP CONSTRAINT "PK_11d9a65d1a06f4b661381d442fa"`);
    await queryRunner.query(`ALTER TABLE "rollup_rebuild_job" ADD CONSTRAINT "PK_7db36d3ad3df82fead8baf10c5d" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "enhancement_request" DROP CONSTRAINT "PK_0e7a7705b0012e71b2cf25fd7e9"`);
    await queryRunner.query(`ALTER TABLE "enhancement_request" ADD CONSTRAINT "PK_de2707dacdb85655e7ab28a759e" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682"`);
    await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "PK_3536d177d25f65dcb6259932c7b" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" DROP CONSTRAINT "PK_1bb12f9d0b903ff30f18003b0ae"`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" ADD CONSTRAINT "PK_8bf039f4da048a06c87937aaa2e" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "PK_83c1afebef3059472e7c37e8de8"`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "PK_256dd59f3042a48b5c34d525617" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "membership_department" DROP CONSTRAINT "PK_ebd8268a32a508728f44327694d"`);
    await queryRunner.query(`ALTER TABLE "membership_department" ADD CONSTRAINT "PK_063bb0878ef58cf4ce0d83623f7" PRIMARY KEY ("organization_id", "membership_id", "department_id")`);
    await queryRunner.query(`ALTER TABLE "request_fact" DROP CONSTRAINT "PK_ec758fbf571c71591fbca347574"`);
    await queryRunner.query(`ALTER TABLE "request_fact" ADD CONSTRAINT "PK_22869b8250460c09b7bde0f2e3d" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "rollout_plan" DROP CONSTRAINT "PK_397f761e43921bd23ad6061b00c"`);
    await queryRunner.query(`ALTER TABLE "rollout_plan" ADD CONSTRAINT "PK_9d63b6f7260f1da840e3898215d" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "rollout_task" DROP CONSTRAINT "PK_1bc0b74b25d89dcdb733489e40d"`);
    await queryRunner.query(`ALTER TABLE "rollout_task" ADD CONSTRAINT "PK_efd0e81d4beb2efd52281d5613b" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`ALTER TABLE "weekly_metric" DROP CONSTRAINT "PK_d20b59362d1b37faa2aefa30030"`);
    await queryRunner.query(`ALTER TABLE "weekly_metric" ADD CONSTRAINT "PK_94a6159fb2f3ad775e9b4818e11" PRIMARY KEY ("organization_id", "id")`);
    await queryRunner.query(`CREATE INDEX "department_id_idx" ON "department"  ("id") `);
    await queryRunner.query(`CREATE INDEX "business_case_id_idx" ON "business_case"  ("id") `);
    await queryRunner.query(`CREATE INDEX "catalog_item_id_idx" ON "catalog_item"  ("id") `);
    await queryRunner.query(`CREATE INDEX "column_mapping_id_idx" ON "column_mapping"  ("id") `);
    await queryRunner.query(`CREATE INDEX "rollup_rebuild_job_id_idx" ON "rollup_rebuild_job"  ("id") `);
    await queryRunner.query(`CREATE INDEX "enhancement_request_id_idx" ON "enhancement_request"  ("id") `);
    await queryRunner.query(`CREATE INDEX "import_job_id_idx" ON "import_job"  ("id") `);
    await queryRunner.query(`CREATE INDEX "rollout_plan_id_idx" ON "rollout_plan"  ("id") `);
    await queryRunner.query(`CREATE INDEX "rollout_task_id_idx" ON "rollout_task"  ("id") `);
    await queryRunner.query(`ALTER TABLE "audit" ADD CONSTRAINT "FK_a6d3fa0523ab3837d8450057cdc" FOREIGN KEY ("organization_id", "department_id") REFERENCES "department"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_row" ADD CONSTRAINT "FK_9d328ea98acefc15da15d316bef" FOREIGN KEY ("organization_id", "audit_id") REFERENCES "audit"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "business_case_version" ADD CONSTRAINT "FK_302e6db150980a89eb6d9d5c493" FOREIGN KEY ("organization_id", "business_case_id") REFERENCES "business_case"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "catalog_item" ADD CONSTRAINT "FK_c016038048e4a05267a346856db" FOREIGN KEY ("organization_id", "department_id") REFERENCES "department"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "department_benchmark" ADD CONSTRAINT "FK_f301617f481c993fc801c01de7d" FOREIGN KEY ("organization_id", "department_id") REFERENCES "department"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enhancement_request" ADD CONSTRAINT "FK_b7ca1d01534ff8753fcc07b0fb7" FOREIGN KEY ("organization_id", "department_id") REFERENCES "department"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" ADD CONSTRAINT "FK_7f6be82d272030e4314ea50ecd7" FOREIGN KEY ("organization_id", "department_id") REFERENCES "department"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_department" ADD CONSTRAINT "FK_04bfb705924dcc31032ccc7b214" FOREIGN KEY ("organization_id", "membership_id") REFERENCES "membership"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_department" ADD CONSTRAINT "FK_16ecb480975be97dcf1a0b0daeb" FOREIGN KEY ("organization_id", "department_id") REFERENCES "department"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rollout_plan" ADD CONSTRAINT "FK_3585dc327011456fc96e94e40ee" FOREIGN KEY ("organization_id", "department_id") REFERENCES "department"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rollout_task" ADD CONSTRAINT "FK_948232178401962ed13b12b91c5" FOREIGN KEY ("organization_id", "plan_id") REFERENCES "rollout_plan"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "weekly_metric" ADD CONSTRAINT "FK_658dbdb9092e67b2e02887b782f" FOREIGN KEY ("organization_id", "department_id") REFERENCES "department"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "weekly_metric" DROP CONSTRAINT "FK_658dbdb9092e67b2e02887b782f"`);
    await queryRunner.query(`ALTER TABLE "rollout_task" DROP CONSTRAINT "FK_948232178401962ed13b12b91c5"`);
    await queryRunner.query(`ALTER TABLE "rollout_plan" DROP CONSTRAINT "FK_3585dc327011456fc96e94e40ee"`);
    await queryRunner.query(`ALTER TABLE "membership_department" DROP CONSTRAINT "FK_16ecb480975be97dcf1a0b0daeb"`);
    await queryRunner.query(`ALTER TABLE "membership_department" DROP CONSTRAINT "FK_04bfb705924dcc31032ccc7b214"`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" DROP CONSTRAINT "FK_7f6be82d272030e4314ea50ecd7"`);
    await queryRunner.query(`ALTER TABLE "enhancement_request" DROP CONSTRAINT "FK_b7ca1d01534ff8753fcc07b0fb7"`);
    await queryRunner.query(`ALTER TABLE "department_benchmark" DROP CONSTRAINT "FK_f301617f481c993fc801c01de7d"`);
    await queryRunner.query(`ALTER TABLE "catalog_item" DROP CONSTRAINT "FK_c016038048e4a05267a346856db"`);
    await queryRunner.query(`ALTER TABLE "business_case_version" DROP CONSTRAINT "FK_302e6db150980a89eb6d9d5c493"`);
    await queryRunner.query(`ALTER TABLE "audit_row" DROP CONSTRAINT "FK_9d328ea98acefc15da15d316bef"`);
    await queryRunner.query(`ALTER TABLE "audit" DROP CONSTRAINT "FK_a6d3fa0523ab3837d8450057cdc"`);
    await queryRunner.query(`DROP INDEX "public"."rollout_task_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."rollout_plan_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."import_job_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."enhancement_request_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."rollup_rebuild_job_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."column_mapping_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."catalog_item_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."business_case_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."department_id_idx"`);
    await queryRunner.query(`ALTER TABLE "weekly_metric" DROP CONSTRAINT "PK_94a6159fb2f3ad775e9b4818e11"`);
    await queryRunner.query(`ALTER TABLE "weekly_metric" ADD CONSTRAINT "PK_d20b59362d1b37faa2aefa30030" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "rollout_task" DROP CONSTRAINT "PK_efd0e81d4beb2efd52281d5613b"`);
    await queryRunner.query(`ALTER TABLE "rollout_task" ADD CONSTRAINT "PK_1bc0b74b25d89dcdb733489e40d" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "rollout_plan" DROP CONSTRAINT "PK_9d63b6f7260f1da840e3898215d"`);
    await queryRunner.query(`ALTER TABLE "rollout_plan" ADD CONSTRAINT "PK_397f761e43921bd23ad6061b00c" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "request_fact" DROP CONSTRAINT "PK_22869b8250460c09b7bde0f2e3d"`);
    await queryRunner.query(`ALTER TABLE "request_fact" ADD CONSTRAINT "PK_ec758fbf571c71591fbca347574" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "membership_department" DROP CONSTRAINT "PK_063bb0878ef58cf4ce0d83623f7"`);
    await queryRunner.query(`ALTER TABLE "membership_department" ADD CONSTRAINT "PK_ebd8268a32a508728f44327694d" PRIMARY KEY ("department_id", "membership_id")`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "PK_256dd59f3042a48b5c34d525617"`);
    await queryRunner.query(`ALTER TABLE "membership" ADD CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" DROP CONSTRAINT "PK_8bf039f4da048a06c87937aaa2e"`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" ADD CONSTRAINT "PK_1bb12f9d0b903ff30f18003b0ae" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "PK_3536d177d25f65dcb6259932c7b"`);
    await queryRunner.query(`ALTER TABLE "import_job" ADD CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "enhancement_request" DROP CONSTRAINT "PK_de2707dacdb85655e7ab28a759e"`);
    await queryRunner.query(`ALTER TABLE "enhancement_request" ADD CONSTRAINT "PK_0e7a7705b0012e71b2cf25fd7e9" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "rollup_rebuild_job" DROP CONSTRAINT "PK_7db36d3ad3df82fead8baf10c5d"`);
    await queryRunner.query(`ALTER TABLE "rollup_rebuild_job" ADD CONSTRAINT "PK_11d9a65d1a06f4b661381d442fa" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "column_mapping" DROP CONSTRAINT "PK_2de63c2fe5ec119f46d76f53528"`);
    await queryRunner.query(`ALTER TABLE "column_mapping" ADD CONSTRAINT "PK_b4728d0131f8c013b5cde186083" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "coe_assignment" DROP CONSTRAINT "PK_45e081d035604809cfba79b3b37"`);
    await queryRunner.query(`ALTER TABLE "coe_assignment" ADD CONSTRAINT "PK_480369cd376c0803a93c1a20cb0" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "catalog_item" DROP CONSTRAINT "PK_a85201485f1fc01b7cd4377c067"`);
    await queryRunner.query(`ALTER TABLE "catalog_item" ADD CONSTRAINT "PK_8996a1f608499554f35bec8601e" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "business_case_version" DROP CONSTRAINT "PK_77e90a00468438d03d1227857e5"`);
    await queryRunner.query(`ALTER TABLE "business_case_version" ADD CONSTRAINT "PK_7a29e6468947d3dddd9ff25ddcb" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "business_case" DROP CONSTRAINT "PK_465d789154b420c0741f568e218"`);
    await queryRunner.query(`ALTER TABLE "business_case" ADD CONSTRAINT "PK_2ee763423fef356f27140f97a30" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "audit_row" DROP CONSTRAINT "PK_ef503cd73a253f7026677933dcd"`);
    await queryRunner.query(`ALTER TABLE "audit_row" ADD CONSTRAINT "PK_97e20816f95570bd32649e031df" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "audit" DROP CONSTRAINT "PK_2ea2ec86e79e911731b4000f0ae"`);
    await queryRunner.query(`ALTER TABLE "audit" ADD CONSTRAINT "PK_1d3d120ddaf7bc9b1ed68ed463a" PRIMARY KEY ("id")`);
    await queryRunner.query(`ALTER TABLE "department" DROP CONSTRAINT "PK_499d52e0194344160a920495551"`);
    await queryRunner.query(`ALTER TABLE "department" ADD CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id")`);
    await queryRunner.query(`CREATE INDEX "membership_department_organization_idx" ON "membership_department" USING btree ("organization_id") `);
    await queryRunner.query(`ALTER TABLE "weekly_metric" ADD CONSTRAINT "FK_0e62a6ebb5c35660a3d63d79ef8" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rollout_task" ADD CONSTRAINT "FK_09a6decaffe8342e2d25f3c0d5c" FOREIGN KEY ("plan_id") REFERENCES "rollout_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rollout_plan" ADD CONSTRAINT "FK_bff1d486cf710127d4b9aeacb46" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_department" ADD CONSTRAINT "FK_0a67a16eb4fef5cc2ac10863bf5" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "membership_department" ADD CONSTRAINT "FK_283cf57c9918460468f6381434a" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" ADD CONSTRAINT "FK_4aad3fcc472fd75ff6d963eb31d" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enhancement_request" ADD CONSTRAINT "FK_356aae647639126c72b09d4a64e" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "department_benchmark" ADD CONSTRAINT "FK_0ac6878571c45c933d9d399ba03" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "catalog_item" ADD CONSTRAINT "FK_0ab6b0964f84fb9cbe5b421a8b3" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "business_case_version" ADD CONSTRAINT "FK_d784a2bbd244cf2c3aecb93925c" FOREIGN KEY ("business_case_id") REFERENCES "business_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_row" ADD CONSTRAINT "FK_14d179c9f385054378d2c9f3b88" FOREIGN KEY ("audit_id") REFERENCES "audit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit" ADD CONSTRAINT "FK_bcc8056d53b5553538d0d71621c" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }
}
