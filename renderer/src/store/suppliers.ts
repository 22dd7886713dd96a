/** Hooks for the supplier register: the register itself, and the name to show for something that points at it. */
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { registeredName } from '@shared/model/suppliers';
import { useAppStore } from './index';

/** The register, loaded on first use (and again when a colleague changes it), with its actions. */
export function useSupplierRegister() {
  const loadRegister = useAppStore((s) => s.loadRegister);
  useEffect(() => void loadRegister(), [loadRegister]);
  return useAppStore(
    useShallow((s) => ({
      register: s.register,
      status: s.registerStatus,
      error: s.registerError,
      loadRegister: s.loadRegister,
      saveSupplier: s.saveSupplier,
      mergeSuppliers: s.mergeSuppliers,
    })),
  );
}

/** The register's name (after merges) for an entry a tender points at, or the tender's own copy. */
export function useRegisteredName(registerId: string | undefined, fallback: string): string {
  const loadRegister = useAppStore((s) => s.loadRegister);
  useEffect(() => {
    if (registerId) void loadRegister();
  }, [registerId, loadRegister]);
  return useAppStore((s) => (s.register ? registeredName(s.register, registerId, fallback) : fallback));
}
