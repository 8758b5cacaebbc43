import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show instead of a part of the screen that crashed. */
  fallback: ReactNode;
  children: ReactNode;
}

/** Keeps one broken panel from blanking the whole screen; the rest of the workshop goes on. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Nothing to send anywhere: Fresco runs offline. The fallback explains what to do.
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
