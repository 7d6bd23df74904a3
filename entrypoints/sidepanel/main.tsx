import '../../assets/checklist.css';
import { mountChecklist } from '../../components/mount.tsx';

void mountChecklist(document.getElementById('app')!, 'sidepanel');
