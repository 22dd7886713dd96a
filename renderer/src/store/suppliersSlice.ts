import { call } from '../api';
import { messageOf } from '../lib/errors';
import type { LoadStatus, SliceCreator } from './types';
import type { SupplierRegisterView } from '@shared/api/methods/suppliers';
import type { RegisteredSupplier } from '@shared/model/suppliers';

export interface SuppliersSlice {
  register: SupplierRegisterView | null;
  registerStatus: LoadStatus;
  registerError: string | null;
  /** Loads the register once (again with force); concurrent calls share one request. */
  loadRegister: (options?: { force?: boolean }) => Promise<void>;
  /** Adds or replaces an entry, based on the register on screen; returns the saved entry. Throws what the service refused. */
  saveSupplier: (supplier: RegisteredSupplier) => Promise<RegisteredSupplier>;
  /** Merges the duplicate `mergeId` into `keepId`. Throws what the service refused. */
  mergeSuppliers: (keepId: string, mergeId: string) => Promise<void>;
}

/**
 * The workspace's supplier register (suppliers.json). Edits name the revision on screen as their
 * base, so a colleague's edit of the same entry meanwhile is refused rather than overwritten; the
 * change feed's 'suppliers' kind reloads it.
 */
export const createSuppliersSlice: SliceCreator<SuppliersSlice> = (set, get) => {
  let loading: Promise<void> | null = null;
  const apply = (view: SupplierRegisterView) => {
    set({ register: view, registerStatus: 'ready', registerError: null });
    // A rename or merge shows at once on every screen of the open tender.
    get().applyRegisteredNames(view);
  };
  return {
    register: null,
    registerStatus: 'idle',
    registerError: null,

    loadRegister: ({ force = false } = {}) => {
      if (loading) return loading;
      if (!force && get().registerStatus === 'ready') return Promise.resolve();
      set({ registerStatus: get().register ? 'ready' : 'loading', registerError: null });
      loading = (async () => {
        try {
          apply(await call('suppliers.get', {}));
        } catch (error) {
          set({ registerStatus: 'error', registerError: messageOf(error) });
        } finally {
          loading = null;
        }
      })();
      return loading;
    },

    saveSupplier: async (supplier) => {
      const view = await call('suppliers.save', { supplier, baseRevision: get().register?.revision });
      apply(view);
      return view.suppliers.find((s) => s.id === supplier.id) ?? supplier;
    },

    mergeSuppliers: async (keepId, mergeId) => {
      apply(await call('suppliers.merge', { keepId, mergeId, baseRevision: get().register?.revision }));
    },
  };
};
