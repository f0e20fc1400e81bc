package nl.dorpskracht.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Puts {@link LostViewExceptionHandler} in front of the container's own handler (faces-config.xml). */
public class LostViewExceptionHandlerFactory extends ExceptionHandlerFactory {

    public LostViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new LostViewExceptionHandler(getWrapped().getExceptionHandler());
    }
}
