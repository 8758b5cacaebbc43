import { useFollowViewport } from '../../follow/useFollow';
import { ProjectorView } from './ProjectorView';

/** The viewer link: the projector display, following the facilitator's phase and viewport. */
export default function ProjectorScreen() {
  useFollowViewport('always');
  return <ProjectorView />;
}
