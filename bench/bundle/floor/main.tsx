/**
 * The framework floor of the bundle bench: React, react-konva (with Konva), Yjs and y-websocket doing
 * the least an app of this kind does — one provider, one stage, one shape per record. Fresco's initial
 * JavaScript is compared with this, built by the same Vite in the same run.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Layer, Rect, Stage } from 'react-konva';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const doc = new Y.Doc();
const provider = new WebsocketProvider(`ws://${location.host}/sync`, 'floor', doc);
const items = doc.getMap<{ x: number; y: number }>('items');

function Floor() {
  const [shapes, setShapes] = useState(() => [...items.entries()]);
  useEffect(() => {
    const update = () => setShapes([...items.entries()]);
    items.observe(update);
    return () => items.unobserve(update);
  }, []);
  return (
    <Stage width={window.innerWidth} height={window.innerHeight}>
      <Layer>
        {shapes.map(([id, item]) => (
          <Rect key={id} x={item.x} y={item.y} width={40} height={40} fill="#1f4fa8" />
        ))}
      </Layer>
    </Stage>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
void provider;
