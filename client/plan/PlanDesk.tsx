import { PlanScreen } from './PlanScreen';

/** The plan on a laptop or a tablet: editable for the facilitator and stakeholders, read-only otherwise. */
export default function PlanDesk() {
  return <PlanScreen />;
}
