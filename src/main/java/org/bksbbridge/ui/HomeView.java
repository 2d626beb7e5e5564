package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;

/** The start page: the centres the user can open. */
@Named("home")
@ViewScoped
public class HomeView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CentreService centres;

  private List<CentreView> list;

  public List<CentreView> getCentres() {
    if (list == null) {
      list = centres.list();
    }
    return list;
  }
}
