/**
 * The supplier register (suppliers.json) and each tender's factory disclosures
 * (disclosures/<tenderId>.json): shared files written under their lock on top of what is on disk,
 * like the settings and the library.
 */
import { mkdir } from 'node:fs/promises';
import type { SavedBy } from '@shared/model/workspace';
import { DEFAULT_SUPPLIER_REGISTER, type SupplierRegister } from '@shared/model/suppliers';
import { emptyTenderDisclosures, type TenderDisclosures } from '@shared/model/disclosures';
import { disclosuresFormat, SUPPLIER_REGISTER_FORMAT } from './formats';
import type { WorkspaceLayout } from './layout';
import { SharedDocument, type SharedDocumentContext } from './shared-document';

export interface RegisterStamp {
  revision: number;
  at: string;
  by: SavedBy;
}

export class EngagementDocuments {
  private readonly register: SharedDocument<SupplierRegister>;
  private readonly disclosureDocs = new Map<string, SharedDocument<TenderDisclosures>>();

  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly context: SharedDocumentContext,
  ) {
    this.register = new SharedDocument(layout.supplierRegisterFile, SUPPLIER_REGISTER_FORMAT, DEFAULT_SUPPLIER_REGISTER, context);
  }

  /** Makes the disclosures folder (at open, never later: a folder that vanished must stay an error). */
  async prepare(): Promise<void> {
    await mkdir(this.layout.disclosuresDir, { recursive: true });
    await this.register.read();
  }

  /** The register as on disk now. Read-only. */
  supplierRegister(): Promise<SupplierRegister> {
    return this.register.read();
  }

  /**
   * Writes `change(current, stamp)` under the register's lock; `check` may refuse (a stale base). The
   * stamp is the revision, time and writer this write will carry, for the entries it changes.
   */
  updateSupplierRegister(
    change: (current: SupplierRegister, stamp: RegisterStamp) => SupplierRegister,
    check?: (current: SupplierRegister) => void,
  ) {
    return this.register.update(
      (current, revision) => change(current, { revision, at: this.context.now().toISOString(), by: this.context.me }),
      check,
    );
  }

  /** The tender's disclosures as on disk now (empty when none were received). Read-only. */
  disclosures(tenderId: string): Promise<TenderDisclosures> {
    return this.disclosuresDoc(tenderId).read();
  }

  updateDisclosures(
    tenderId: string,
    change: (current: TenderDisclosures) => TenderDisclosures,
    check?: (current: TenderDisclosures) => void,
  ) {
    return this.disclosuresDoc(tenderId).update(change, check);
  }

  private disclosuresDoc(tenderId: string): SharedDocument<TenderDisclosures> {
    let doc = this.disclosureDocs.get(tenderId);
    if (!doc) {
      doc = new SharedDocument(
        this.layout.disclosuresFile(tenderId),
        disclosuresFormat(tenderId),
        emptyTenderDisclosures(tenderId),
        this.context,
      );
      this.disclosureDocs.set(tenderId, doc);
    }
    return doc;
  }
}
