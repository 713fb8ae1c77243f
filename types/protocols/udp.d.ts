/**
 * The `UDP` class: UDP payload events. The class has no members of its own; read the payload from
 * `Flow`. Events: UDP_PAYLOAD.
 */

interface UDP {}

declare const UDP: UDP;
