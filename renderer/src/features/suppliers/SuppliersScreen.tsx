import { ScreenHeading } from '../../components/ScreenHeading';

export function SuppliersScreen() {
  return <ScreenHeading>Suppliers</ScreenHeading>;
}
