/**
 * Which device the engine computes on: what the user asks for, what this machine and build offer, what
 * is chosen and why. ND4J fixes its backend once per JVM, the first time it loads, so everything here
 * runs before that and must not touch ND4J (the launcher applies the choice, relaunching if needed).
 */
package org.ganstudio.engine.device;
