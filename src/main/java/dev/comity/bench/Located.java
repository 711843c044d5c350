package dev.comity.bench;

import java.io.IOException;

/** A record in an upstream file that can report a problem at its {@code file:line}. */
interface Located {
  IOException problem(String message);
}
