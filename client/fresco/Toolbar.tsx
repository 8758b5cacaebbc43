/** The fresco's toolbar, drawn from the action registry; its shortcuts work anywhere on the screen. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { type ActionEnv, actionForKey, FRESCO_ACTIONS } from './actions';

export function Toolbar({ env, only }: { env: ActionEnv; only?: string[] }) {
  const { t } = useTranslation('fresco');
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = actionForKey(event, env);
      if (!action || (only && !only.includes(action.id))) return;
      event.preventDefault();
      action.run(env);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [env, only]);
  const actions = FRESCO_ACTIONS.filter((action) => (!only || only.includes(action.id)) && action.when(env));
  return (
    <div className="fresco-toolbar" role="toolbar" aria-label={t('toolbar.title')}>
      {actions.map((action) => (
        <Button
          key={action.id}
          label={t(action.label)}
          icon={<action.icon size={30} />}
          showLabel={false}
          data-action={action.id}
          pressed={action.pressed?.(env)}
          disabled={action.id === 'undo' && !env.canUndo}
          onClick={() => action.run(env)}
        />
      ))}
    </div>
  );
}
