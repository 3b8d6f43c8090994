import './studio.css';

/** The Studio: an editor starts an article, marks its claims and exports its pack. */
export function Studio() {
  return (
    <main className="studio">
      <h1>Tally Studio</h1>
    </main>
  );
}
