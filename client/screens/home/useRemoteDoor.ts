import { useCallback, useEffect, useRef, useState } from 'react';
import { UserOrigin } from '../../../shared/ops/origin';
import { readWorkshop } from '../../../shared/read/workshop';
import { serverNow } from '../../api/serverClock';
import { DocConnection } from '../../sync/docConnection';
import { setDoorOpenCommand } from './commands';

export interface RemoteDoor {
  /** Null until the control document has synced (the door state is not known before). */
  doorOpen: boolean | null;
  setOpen(open: boolean): void;
}

/**
 * The door of a workshop from the home list, without opening the facilitator's screen: a connection
 * to its control document only, while the card is open.
 */
export function useRemoteDoor(workshopId: string, token: string): RemoteDoor {
  const [doorOpen, setDoorState] = useState<boolean | null>(null);
  const connection = useRef<DocConnection | null>(null);
  const origin = useRef(new UserOrigin('facilitator'));

  useEffect(() => {
    let closed = false;
    const refresh = () => {
      const doc = connection.current;
      if (!doc || closed) return;
      const synced = doc.state === 'saved' || doc.state === 'saving';
      setDoorState(synced ? readWorkshop(doc.doc).doorOpen : null);
    };
    const doc = new DocConnection(workshopId, 'control', true, {
      onChange: refresh,
      onFinalClose: () => setDoorState(null),
      onRefused: () => setDoorState(null),
      // A refused update swapped the document for a fresh one: listen to that one.
      onReset: () => {
        connection.current?.doc.on('update', refresh);
        refresh();
      },
    });
    connection.current = doc;
    doc.doc.on('update', refresh);
    void doc.loadLocalCopy().then(() => {
      if (!closed) doc.connect(token);
    });
    return () => {
      closed = true;
      connection.current = null;
      doc.destroy();
    };
  }, [workshopId, token]);

  const setOpen = useCallback((open: boolean) => {
    const doc = connection.current;
    // The home list holds the facilitator's own workshops: this card writes as their facilitator.
    if (doc)
      setDoorOpenCommand(
        { control: doc.doc, origin: origin.current, role: 'facilitator', now: serverNow },
        open,
      );
  }, []);

  return { doorOpen, setOpen };
}
