/**
 * The demo's React 19 page (demo/react.html), also bundled by test/frameworks/react.node.test.mjs:
 * the elements used directly: attributes, object properties (`messages`, `survey`)
 * and events through React 19's custom-element support (`onpalaute-answer`). Also the example of how
 * a React + TypeScript project declares the tags.
 */
import { useState, type DetailedHTMLProps, type HTMLAttributes } from 'react';
import { createRoot } from 'react-dom/client';
import '../src/index.js';
import type { Envelope, MessageOverrides } from '../src/index.js';

type PalauteProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  endpoint?: string;
  unit?: string;
  service?: string;
  messages?: MessageOverrides;
  'onpalaute-answer'?: (event: CustomEvent<Envelope>) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how React types intrinsic elements
  namespace JSX {
    interface IntrinsicElements {
      'palaute-nps': PalauteProps & { comment?: boolean };
      'palaute-emoji-survey': PalauteProps & { survey?: unknown };
      'palaute-deviation-form': PalauteProps & { 'privacy-url'?: string };
    }
  }
}

const survey = { id: 'react-survey', scale: 3, questions: [{ id: 'q', text: 'Is React fine?' }] };

function App() {
  const [answers, setAnswers] = useState<string[]>([]);
  const record = (event: CustomEvent<Envelope>) => setAnswers((seen) => [...seen, event.detail.kind]);
  return (
    <div lang="en">
      <palaute-nps
        endpoint="/api/feedback"
        unit="react-page"
        messages={{ en: { question: 'How likely are you to recommend this React page?' } }}
        onpalaute-answer={record}
      />
      <palaute-emoji-survey
        endpoint="/api/feedback"
        unit="react-page"
        survey={survey}
        onpalaute-answer={record}
      />
      <palaute-deviation-form endpoint="/api/feedback" unit="react-page" privacy-url="/privacy" />
      <output id="answers">{answers.join(',')}</output>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
