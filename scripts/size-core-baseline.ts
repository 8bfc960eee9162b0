/**
 * What every widget pays before its own code: lit, the base element, the outbox and its
 * controllers. The size report subtracts this from a widget's entry to get what the widget adds.
 */
import { defineElement } from '../src/kit/define.js';
import { PalauteElement } from '../src/kit/palaute-element.js';
import { sharedStyles } from '../src/kit/shared.styles.js';

class Baseline extends PalauteElement {
  static override styles = sharedStyles;
}
defineElement('palaute-size-baseline', Baseline);
