package org.bksbbridge.persistence;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On every class of ours with {@code @Transactional} methods ({@link QuietRefusalsExtension} adds
 * it, so none is forgotten): a {@link org.bksbbridge.refusal.Refusal} thrown inside a transaction
 * the method began leaves it without passing through the server's transaction code, which writes
 * every exception crossing it into an FFDC incident file (Liberty's UOWManagerImpl), where
 * operators look for crashes. The transaction still rolls back and the caller still gets the
 * refusal ({@link RefusalCarrier}, {@link RefusalCatcher}).
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QuietRefusals {
  /** The annotation as a value, for the extension that adds it. */
  final class Literal extends AnnotationLiteral<QuietRefusals> implements QuietRefusals {
    private static final long serialVersionUID = 1L;
    static final Literal INSTANCE = new Literal();
  }
}
