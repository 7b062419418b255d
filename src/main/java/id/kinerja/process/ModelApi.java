package id.kinerja.process;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what a deployed model may call. On a delegate bean (its class, or the {@code @Bean} method
 * that makes it): the bean may be named in {@code delegateExpression} or its class in
 * {@code camunda:class}. On a public method of a bean: the method may be called in an expression,
 * {@code ${bean.method(execution)}}. Everything else is refused when a model is deployed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ModelApi {}
