/**
 * What every widget pays before its own code: lit, the base element, the outbox and its
 * controllers. The size report subtracts this from a widget's entry to get what the widget adds.
 */
import { defineElement } from '../src/core/define.js';
import { PalauteElement } from '../src/core/element/palaute-element.js';
import { sharedStyles } from '../src/core/element/shared.styles.js';

class Baseline extends PalauteElement {
  static override styles = sharedStyles;
}
defineElement('palaute-size-baseline', Baseline);
