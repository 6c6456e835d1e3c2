package io.tributary.files;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DeviceInfoMesg;
import com.garmin.fit.EventMesg;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.HrMesg;
import com.garmin.fit.HrvMesg;
import com.garmin.fit.LapMesg;
import com.garmin.fit.LengthMesg;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.MonitoringInfoMesg;
import com.garmin.fit.MonitoringMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SleepAssessmentMesg;
import com.garmin.fit.SleepLevelMesg;
import com.garmin.fit.WeightScaleMesg;
import java.util.ArrayList;
import java.util.List;

/** The messages of one FIT file that Tributary maps, collected by kind while the SDK decodes. */
final class FitMessages {
    FileIdMesg fileId;
    final List<SessionMesg> sessions = new ArrayList<>();
    final List<LapMesg> laps = new ArrayList<>();
    final List<ActivityAssembler.Point> records = new ArrayList<>();
    final List<EventMesg> events = new ArrayList<>();
    final List<HrMesg> hrs = new ArrayList<>();
    final List<HrvMesg> hrvs = new ArrayList<>();
    final List<LengthMesg> lengths = new ArrayList<>();
    final List<MonitoringMesg> monitoring = new ArrayList<>();
    final List<SleepLevelMesg> sleepLevels = new ArrayList<>();
    final List<WeightScaleMesg> weights = new ArrayList<>();
    final List<DeviceInfoMesg> devices = new ArrayList<>();
    SleepAssessmentMesg sleepAssessment;
    ActivityMesg activity;
    MonitoringInfoMesg monitoringInfo;

    void accept(Mesg m) {
        switch (m.getNum()) {
            case MesgNum.FILE_ID -> fileId = new FileIdMesg(m);
            case MesgNum.SESSION -> sessions.add(new SessionMesg(m));
            case MesgNum.LAP -> laps.add(new LapMesg(m));
            case MesgNum.RECORD -> {
                ActivityAssembler.Point p = FitRecords.recordPoint(m);
                if (p.time != null) {
                    records.add(p);
                }
            }
            case MesgNum.EVENT -> events.add(new EventMesg(m));
            case MesgNum.HR -> hrs.add(new HrMesg(m));
            case MesgNum.HRV -> hrvs.add(new HrvMesg(m));
            case MesgNum.LENGTH -> lengths.add(new LengthMesg(m));
            case MesgNum.MONITORING -> monitoring.add(new MonitoringMesg(m));
            case MesgNum.MONITORING_INFO -> monitoringInfo = new MonitoringInfoMesg(m);
            case MesgNum.SLEEP_LEVEL -> sleepLevels.add(new SleepLevelMesg(m));
            case MesgNum.SLEEP_ASSESSMENT -> sleepAssessment = new SleepAssessmentMesg(m);
            case MesgNum.WEIGHT_SCALE -> weights.add(new WeightScaleMesg(m));
            case MesgNum.ACTIVITY -> activity = new ActivityMesg(m);
            case MesgNum.DEVICE_INFO -> devices.add(new DeviceInfoMesg(m));
            default -> {
                // other messages (and developer data) are tolerated and ignored
            }
        }
    }
}
