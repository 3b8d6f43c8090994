import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, in the reader's words: "The comparison". */
  name: string;
  /** When it changes (another claim opened, say), the feature is tried again. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

/**
 * Keeps a fault in one part of the screen from taking the rest down: that part says what failed and offers
 * to try again; the article and everything else keep working.
 */
export class FeatureBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="feature-error" role="alert">
        <p>
          {this.props.name} could not be shown ({error.message}). The rest of the page still works.
        </p>
        <button type="button" className="button button--quiet" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
