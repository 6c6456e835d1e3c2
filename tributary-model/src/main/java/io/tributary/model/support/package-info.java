/** Small internal helpers shared by the generated model records. */
package io.tributary.model.support;
