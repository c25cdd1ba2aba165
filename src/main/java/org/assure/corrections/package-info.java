/**
 * Corrections: the one way every module lets a person put a record right. An edit keeps
 * each changed field's value before and after, a withdrawal (never a deletion) takes the
 * record out of every figure while its history stays, and each says who, when and why.
 */
@ApplicationModule(displayName = "Corrections", allowedDependencies = { "shell" })
@NullMarked
package org.assure.corrections;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
