// React 19 passes objects and arrays to custom elements as properties and takes `on<event-name>`
// props as listeners for any event name, kebab-case included.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { defineElements } from '@evident/elements';
import { descriptors, formEntries, levels, reviewData } from '../shared/data.js';

defineElements();

function App() {
  const [chosen, setChosen] = useState('none');
  const [changes, setChanges] = useState(0);
  const [readOnly, setReadOnly] = useState(false);
  const [submitted, setSubmitted] = useState('');
  const [reviewSubmitted, setReviewSubmitted] = useState('');
  return (
    <>
      <h1>React {'19'}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(formEntries(event.currentTarget));
        }}
      >
        <rating-scale
          id="rating"
          name="access"
          label="Access Controls"
          theme="dark"
          density="compact"
          readonly={readOnly ? true : undefined}
          levels={levels}
          descriptors={descriptors}
          onrating-change={(event) => setChosen(String(event.detail.value))}
          onchange={() => setChanges((n) => n + 1)}
        />
        <review-form name="review" data={reviewData} onreview-submit={(event) => setReviewSubmitted(JSON.stringify(event.detail.answers))} />
        <button type="submit">Submit form</button>
      </form>
      <button type="button" onClick={() => setReadOnly(true)}>Make read-only</button>
      <p id="chosen">chosen: {chosen}</p>
      <p id="changes">changes: {changes}</p>
      <output id="submitted">{submitted}</output>
      <output id="review-submitted">{reviewSubmitted}</output>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
