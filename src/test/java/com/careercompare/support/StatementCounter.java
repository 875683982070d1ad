package com.careercompare.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application prepares or creates, whatever issues them
 * (Hibernate, JdbcClient, Flyway), by wrapping the {@link DataSource}. Import it into a
 * test context and read {@link #count()} around a request.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private final AtomicLong statements = new AtomicLong();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, (method, result) -> (method.getName().equals("getConnection"))
					? proxy(Connection.class, (Connection) result, this::count) : result);
		}
		return bean;
	}

	public long count() {
		return this.statements.get();
	}

	public void reset() {
		this.statements.set(0);
	}

	private Object count(Method method, Object result) {
		if (STATEMENT_METHODS.contains(method.getName())) {
			this.statements.incrementAndGet();
		}
		return result;
	}

	private interface AfterCall {

		Object apply(Method method, Object result);

	}

	private static <T> T proxy(Class<T> type, T target, AfterCall after) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
				return target;
			}
			if (method.getName().equals("isWrapperFor") && args[0] instanceof Class<?> wanted
					&& wanted.isInstance(target)) {
				return true;
			}
			try {
				return after.apply(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

}
