package dev.comity.bench;

import java.util.List;

/**
 * A train / held-out partition in which no group (thread, issue, PR) has examples on both sides.
 *
 * @param train examples to train on, in input order
 * @param heldOut examples to evaluate on, in input order
 */
public record Split(List<Example> train, List<Example> heldOut) {
  public Split {
    train = List.copyOf(train);
    heldOut = List.copyOf(heldOut);
  }
}
