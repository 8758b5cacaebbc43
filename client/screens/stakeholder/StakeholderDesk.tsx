import { PlanScreen } from '../../plan/PlanScreen';

/** The plan desk with the field return beside it: its own chunk, loaded with the stakeholder's screen. */
export default function StakeholderDesk() {
  return <PlanScreen fieldBeside />;
}
